from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, d DOUBLE, j INT, m DECIMAL(10,2), i INT, ts TIMESTAMP, s STRING").json(INPUT)
result = df.select("i", expr("rtrim(s) AS c1"), expr("second(ts)"), (-col("j")).alias("c3"), F.bit_length(col("s"))).where(col("c1").isNotNull())
OUTPUT_MODE = "append"
