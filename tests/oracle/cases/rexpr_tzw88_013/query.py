spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, ts TIMESTAMP, i INT, n DECIMAL(9,5), s STRING, m DECIMAL(10,2), dt DATE").json(INPUT)
result = df.where(F.coalesce((col("m") == expr("1.25")), lit(True))).select("id", expr("crc32(s) AS c1"), F.get(F.split(F.left(col("s"), lit(2)), "-"), 2).alias("c2")).where("(i < -1)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
