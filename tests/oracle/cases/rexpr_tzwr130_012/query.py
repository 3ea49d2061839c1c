spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, ts TIMESTAMP, s STRING, m DECIMAL(10,2), b BOOLEAN, k BIGINT, f FLOAT, dt DATE, d DOUBLE").load(INPUT)
result = df.select("id", expr("array_insert(array(i), 0, 1)").alias("c1"), expr("to_binary(greatest(s, s), 'utf-8')").alias("c2"), F.json_tuple((col("ts") != F.to_timestamp(lit("1999-12-31 23:59:59.999"))).cast("string"), 'a'), expr("from_json('[' || i || ', 2]', 'ARRAY<INT>')").alias("c4")).where("(id <= 1000L)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c2 FROM rexpr_q ORDER BY id"]
