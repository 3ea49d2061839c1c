from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, dt DATE, m DECIMAL(10,2), d DOUBLE, s STRING, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce(CASE WHEN false THEN (s IS NOT NULL) WHEN (id >= 1000L) THEN (m > 99.99) WHEN (d IS NOT NULL) THEN (m <= -3.10) END, true)").withColumn("m", expr("(5 - 99.99)")).withColumn("c2", (F.date_trunc("HOUR", expr("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)")) - expr("INTERVAL 1 DAY"))).withColumn("c3", F.sequence(F.least(col("dt"), col("dt")), F.date_add(F.least(col("dt"), col("dt")), 2))).withColumn("c4", expr("array_sort(array(reduce(array(i, i, 4), 0, (acc, x) -> acc + coalesce(x, 0)), greatest(i, i), NULL, -1))")).withColumn("c5", F.str_to_map(F.concat(lit('a:1,b:2,c:'), F.datediff(col("dt"), (col("dt") + expr("INTERVAL 1 MONTH")))))).drop("i", "dt", "d").where("(('o' COLLATE UTF8_BINARY = 'Hello World') OR (i <= 5))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY ts ASC NULLS FIRST, id DESC"]
