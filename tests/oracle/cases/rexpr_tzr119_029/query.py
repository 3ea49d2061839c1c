spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("xpath_number('<a><b>' || f || '</b></a>', 'a/b * 2') AS c1"), expr("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)").alias("c2"), F.str_to_map(F.concat(lit('a:1,b:2,c:'), col("i"))).alias("c3")).where((col("c1") >= lit(float("nan"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2, c1 FROM rexpr_q ORDER BY id"]
