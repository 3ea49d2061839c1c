from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, s STRING, f FLOAT, k BIGINT, t STRING, d DOUBLE, m DECIMAL(10,2), dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(5 * id) AS c1"), F.when(F.isnan(col("f")), ((expr("1.25") + col("m")) - col("m"))).otherwise(F.least(col("m"), col("m"))).alias("c2"), expr("(m IN (99.99, -3.10))"), F.hash(col("t"), col("d")).alias("c4"), (lit(.001).cast("decimal(4,3)") - (col("m") / F.nullif(col("m"), lit(0)))).alias("c5")).filter("(((f IS NOT NULL) OR (t IS NOT NULL)) OR (t > 'é'))")
OUTPUT_MODE = "append"
