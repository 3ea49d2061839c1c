from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("m") + (col("i") * col("n"))).isin(lit(1.25).cast("decimal(3,2)"), lit(-3.10).cast("decimal(3,2)"), lit(.001).cast("decimal(4,3)")).alias("c1"), ((col("m") - col("f")) + F.dayofweek(F.next_day(F.add_months(col("dt"), col("i")), "wednesday"))).alias("c2"), ((-F.round(col("n"), 3)) + col("n")).eqNullSafe(F.dayofmonth(F.when((col("m") != expr("1.25")), col("dt")).when((col("b") | (col("s") < lit(""))), col("dt")).when((col("s") > lit("42")), F.to_date(F.date_format(col("dt"), "yyyy-MM-dd"), "yyyy-MM-dd")).otherwise(F.date_add(col("dt"), col("i"))))).alias("c3"), expr("((n - i) % nullif(n, 0))").alias("c4"))
OUTPUT_MODE = "append"
