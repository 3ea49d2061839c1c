from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(5,3), b BOOLEAN, d DOUBLE, k BIGINT, t STRING, ts TIMESTAMP, m DECIMAL(12,4), f FLOAT, s STRING, i INT, dt DATE, j INT").json(INPUT)
result = df.withColumn("c1", expr("(t >= 'o')")).withColumn("b", expr("CAST(i AS BOOLEAN)")).withColumn("k", expr("CASE WHEN (id > -2L) THEN k ELSE (5 * id) END")).select("id", "c1").filter("c1")
OUTPUT_MODE = "append"
