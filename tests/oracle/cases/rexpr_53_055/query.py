from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(F.sqrt(col("m")).alias("c1"), ((col("i") * lit(0)) % F.nullif(lit(10), lit(0))).alias("c2"), col("s").try_cast("boolean").alias("c3"))
OUTPUT_MODE = "append"
