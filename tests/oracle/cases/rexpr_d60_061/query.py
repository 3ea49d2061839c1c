from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, i INT, s STRING, dt DATE, t STRING, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), ts TIMESTAMP").json(INPUT)
result = df.where("(ts > TIMESTAMP'2024-03-01 12:30:00.123456')").withColumn("c1", expr("soundex(CASE WHEN regexp_like(from_unixtime(id, 'HH:mm'), 'o$') THEN s WHEN (dt <> DATE'2000-01-01') THEN t WHEN (i = 3) THEN t ELSE t END)")).withColumn("c2", col("b"))
OUTPUT_MODE = "append"
