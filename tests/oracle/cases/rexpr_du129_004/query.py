from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, t STRING, n DECIMAL(9,5), ts TIMESTAMP, dt DATE, k BIGINT, s STRING, d DOUBLE, b BOOLEAN, m DECIMAL(10,2), i INT").load(INPUT)
result = df.withColumn("c1", F.greatest(expr("make_timestamp_ltz(2024, 2, 29, length(to_json(from_xml('<ROW><a>' || i || '</a><b>' || ' ' || '</b></ROW>', 'a INT, b STRING'))), 0, 0, 'Asia/Tokyo')"), F.nvl(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))), F.to_timestamp(F.date_format(col("ts"), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss"))).withColumn("c2", col("id").isNotNull()).withColumn("t", expr("parse_url('http://a.b/c?x=' || url_encode(array_join(sentences(sha2(t, 224)), '/')), 'PROTOCOL')")).withColumn("c4", expr("from_xml('<ROW><a>' || (- shiftright(i, 2)) || '</a><a>2</a></ROW>', 'a ARRAY<INT>')")).withColumn("ts", expr("CASE t WHEN 'a' THEN ts WHEN ' ' THEN ts ELSE ts END")).filter((col("c1") <= F.to_timestamp(lit("1999-12-31 23:59:59.999"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, t, k FROM rexpr_q ORDER BY n ASC NULLS LAST, id DESC"]
