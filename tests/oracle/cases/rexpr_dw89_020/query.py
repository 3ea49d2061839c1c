from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("months_between(ifnull(CASE WHEN b THEN dt END, to_date('2000-01-01')), nvl2((j IN (3, -1, 5)), last_day(dateadd(dt, i)), DATE'2025-03-01'))")).withColumn("c2", F.when((col("m") != lit(12.345).cast("decimal(5,3)")), col("i")).otherwise(col("i")).cast("timestamp")).withColumn("c3", (F.make_timestamp(F.year(F.try_to_date(lit("x-y"))), F.month(F.try_to_date(lit("x-y"))), F.dayofmonth(F.try_to_date(lit("x-y"))), lit(0), lit(0), lit(0)) - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))).drop("i", "k", "d", "f", "b", "dt", "ts").where("((try_element_at(split(s, '-'), -1) < left('é', 0)) OR (c3 IS NOT NULL))")
OUTPUT_MODE = "append"
