from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((id IS NOT NULL) OR (s > ' '))").withColumn("c1", expr("(s < 'a')")).withColumn("c2", expr("TRY_CAST(id AS INT)")).withColumn("c3", expr("id")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
