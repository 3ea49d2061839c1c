from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, m DECIMAL(7,0), ts TIMESTAMP, i INT, f FLOAT, j INT, t STRING, s STRING, n DECIMAL(5,3), dt DATE").load(INPUT)
result = df.select("id", expr("explode(map('a', octet_length(s), 'b', weekday(date_from_unix_date(i))))"), F.try_mod(F.when((col("n") == lit(-3.10).cast("decimal(3,2)")), (col("n") - col("n"))), F.try_add(col("m"), F.zeroifnull(col("m")))).alias("c2"), expr("((id * 2) - i) AS c3"), F.array_except(F.array(expr("CAST(timestampadd(MINUTE, size(split(t, ',')), make_timestamp(year(DATE'2023-12-31'), month(DATE'2023-12-31'), dayofmonth(DATE'2023-12-31'), 0, 0, 59.999999)) AS STRING)"), col("t"), lit('a'), lit('a')), F.array(lit('a'), lit(None))).alias("c4"), expr("arrays_zip(array(2, 2), array(to_json(from_xml('<ROW><d>' || to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd') || '</d></ROW>', 'd DATE'))), array())").alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5, c2, c3 FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id DESC"]
