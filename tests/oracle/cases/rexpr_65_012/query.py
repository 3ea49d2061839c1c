from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, s STRING, n DECIMAL(20,0), ts TIMESTAMP, d DOUBLE, dt DATE, m DECIMAL(38,10), b BOOLEAN").load(INPUT)
result = df.withColumn("c1", F.coalesce(expr("CASE b WHEN false THEN id WHEN false THEN id END"), lit(1000).cast("bigint"))).withColumn("c2", F.regexp_replace(col("s"), "(a|b)", "<>").startswith("é")).withColumn("c3", ((col("id") - lit(10)) / F.nullif(F.pmod(F.size(F.split(col("s"), ",")), F.nullif((-lit(3)), lit(0))), lit(0)))).withColumn("c4", F.try_element_at(F.split(F.concat_ws("|", col("s"), col("s"), col("n").cast("string")), "[aeiou]"), lit(1))).withColumn("c5", F.months_between(F.trunc(F.make_date(F.year(col("dt")), F.month(col("dt")), F.least(F.dayofmonth(col("dt")), lit(28))), "Q"), F.add_months(col("dt"), col("i")))).drop("i", "s", "ts", "d", "m", "b")
OUTPUT_MODE = "append"
