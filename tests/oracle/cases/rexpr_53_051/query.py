from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, dt DATE, m DECIMAL(18,6), s STRING, t STRING, i INT, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", col("ts").cast("double")).withColumn("c2", expr("(CAST(ts AS DOUBLE) BETWEEN 3.75D AND 100.0D)")).withColumn("c3", F.to_date(F.date_format(col("dt"), "dd/MM/yyyy"), "dd/MM/yyyy"))
OUTPUT_MODE = "append"
