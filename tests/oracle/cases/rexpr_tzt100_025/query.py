spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, dt DATE, t STRING, m DECIMAL(12,4), ts TIMESTAMP, n DECIMAL(9,5), s STRING, b BOOLEAN").load(INPUT)
result = df.select("id", "m", expr("(CAST(3 AS DECIMAL(38,18)) / nullif(coalesce(99.99, 100BD), 0)) AS c1"), F.coalesce(F.greatest(F.lower(lit("x-y")), F.right(col("s"), lit(2)), F.when(col("b"), col("s")).otherwise(lit(" "))), lit("x-y")).alias("c2"), expr("CAST((id % nullif(hash(i), 0)) AS STRING) AS c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY id DESC"]
