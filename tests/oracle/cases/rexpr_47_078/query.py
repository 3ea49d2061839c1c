from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, j INT, m DECIMAL(10,2), k BIGINT, t STRING, d DOUBLE, dt DATE, s STRING, n DECIMAL(4,1), i INT, b BOOLEAN").json(INPUT)
result = df.select("id", F.dayofweek(F.add_months(col("dt"), col("i"))).alias("c1"), expr("CASE WHEN b THEN ts ELSE ts END"))
OUTPUT_MODE = "append"
