from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.coalesce(col("id"), lit(3).cast("bigint")).alias("c1"), expr("(i * (m / -4.5)) AS c2"), expr("TRY_CAST(greatest(s, 'abc', 'Hello') AS BIGINT)").alias("c3"))
OUTPUT_MODE = "append"
