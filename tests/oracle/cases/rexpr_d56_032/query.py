from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(ts = TIMESTAMP'1999-12-31 23:59:59.999')").withColumn("c1", F.try_element_at(F.split(F.reverse(F.get_json_object(F.to_json(F.named_struct(lit("a"), F.regexp_replace(col("s"), "[aeiou]", "*"), lit("n"), F.when(col("d").isNotNull(), col("m")).when((col("m") == lit(100).cast("decimal(3,0)")), expr("-3.10")).when(col("ts").isNotNull(), col("m")).otherwise(col("m")))), "$.n")), "[aeiou]"), lit(2))).withColumn("c2", expr("CAST(CAST((dt < to_date('2000-01-01')) AS INT) AS DOUBLE)")).withColumn("c3", expr("regexp_like(s, '[0-9]+')")).withColumn("c4", expr("(m + length('2024-02-29'))"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c3 DESC NULLS LAST, id"]
