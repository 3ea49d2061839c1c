spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, i INT, b BOOLEAN, s STRING, m DECIMAL(18,6), dt DATE, n DECIMAL(4,1), ts TIMESTAMP").json(INPUT)
result = df.filter("((b AND b) OR b)").select("id", (~col("b")).alias("c1"), expr("CASE WHEN b THEN id WHEN b THEN id END AS c2"), F.nullif(F.nullif(lit(0.5), lit(3.75)), lit(0.1)).alias("c3")).where((col("s") != lit("é")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2, c3 FROM rexpr_q ORDER BY id DESC"]
