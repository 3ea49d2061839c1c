from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, i INT, t STRING, ts TIMESTAMP, d DOUBLE, b BOOLEAN, j INT, m DECIMAL(38,10), k BIGINT, dt DATE, n DECIMAL(9,5)").json(INPUT)
result = df.where(((~F.nullif(col("s"), lit("")).isin(lit(" "))) | col("t").isNotNull())).select("id", "s", expr("least(d, log2((i * n)), d)").alias("c1"), col("d").try_cast("decimal(5,1)").between(expr("0.5"), lit(.001).cast("decimal(4,3)")).alias("c2"))
OUTPUT_MODE = "append"
