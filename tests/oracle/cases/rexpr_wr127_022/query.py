from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, dt DATE, m DECIMAL(7,0), s STRING, i INT, ts TIMESTAMP, j INT, n DECIMAL(4,1), t STRING, b BOOLEAN").load(INPUT)
result = df.filter((F.isnull(F.degrees(col("d"))) | (col("j") != lit(0)))).groupBy(F.nullif(F.rint(col("n")), lit(0.5)).alias("k1")).agg(F.min_by(col("dt"), F.acos(col("d"))).alias("a1"), expr("first_value(position('o', t), true) AS a2"))
OUTPUT_MODE = "update"
