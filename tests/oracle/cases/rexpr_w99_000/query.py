from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), f FLOAT, i INT, j INT, dt DATE, k BIGINT, t STRING, ts TIMESTAMP, n DECIMAL(20,0), d DOUBLE, s STRING, b BOOLEAN").json(INPUT)
result = df.withColumn("c1", (~F.least(F.ltrim(col("t")), col("t")).isin(lit("日本")))).withColumn("c2", expr("CASE ucase(t) WHEN '2024-02-29' THEN floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) ELSE k END")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
