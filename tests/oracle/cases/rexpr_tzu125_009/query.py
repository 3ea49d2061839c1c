spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce(F.arrays_overlap(F.array(F.json_array_length(expr("to_json(from_xml('<ROW><d>' || dt || '</d></ROW>', 'd DATE'))")), (col("i") + (col("i") * lit(10)))), F.array(lit(1), lit(2), F.json_array_length(expr("to_json(from_xml('<ROW><d>' || dt || '</d></ROW>', 'd DATE'))")))), lit(True))).withColumn("c1", expr("CAST(make_dt_interval(i) + make_dt_interval(0, i) AS STRING)")).withColumn("c2", expr("sequence(to_date(date_format(element_at(array_sort(array(dt, to_date('2023-12-31'), DATE'2024-02-29')), 1), 'yyyy-MM-dd'), 'yyyy-MM-dd'), date_add(to_date(date_format(element_at(array_sort(array(dt, to_date('2023-12-31'), DATE'2024-02-29')), 1), 'yyyy-MM-dd'), 'yyyy-MM-dd'), 3), INTERVAL 1 DAY)[1]")).select("id", "c1", "c2").filter(((~F.nullifzero(col("m")).isin(expr("12.345"), expr("1.25"))) | (col("m") < expr("-3.10"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id DESC"]
