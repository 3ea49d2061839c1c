from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("nvl2(rpad(md5(nullif('a', '日本')), 8, 'é'), (i - 3), quarter(make_date(2024, 2, least(dayofmonth(dt), 28))))")).withColumn("c2", F.array_join(F.transform(F.split(col("t"), " "), lambda x: F.initcap(x)), "-")).withColumn("c3", F.when(col("b"), F.signum(col("d"))).when((col("t") < lit("o")), (col("d") + col("d"))).when(col("b"), F.months_between(col("ts"), col("dt"))).otherwise(lit(None).cast("double"))).withColumn("c4", expr("id")).drop("j", "k", "s", "b", "dt", "ts").filter("(s <> '2024-02-29')")
OUTPUT_MODE = "append"
