spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("b").agg((F.max(F.extract(lit("WEEK"), F.greatest(col("dt"), F.date_sub(col("dt"), col("i")), F.make_date(lit(2024), F.pmod(col("i"), lit(12)) + lit(1), F.least(F.dayofmonth(col("dt")), lit(28)))))) - F.min(F.extract(lit("WEEK"), F.greatest(col("dt"), F.date_sub(col("dt"), col("i")), F.make_date(lit(2024), F.pmod(col("i"), lit(12)) + lit(1), F.least(F.dayofmonth(col("dt")), lit(28))))))).alias("a1"), F.max(F.elt(lit(2), col("t"), lit("é"))).alias("a2"), F.round(F.avg(F.nvl2(lit(-4), col("i"), lit(1))), 2).alias("a3"), expr("count_if((endswith(lower(s), 'é') OR b)) AS a4")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("b").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
