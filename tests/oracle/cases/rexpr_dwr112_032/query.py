from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce(map_contains_key(map(i, 'a', 3, 'b'), 3), true)").groupBy(F.date_add(F.add_months(col("dt"), col("i")), F.quarter(col("dt"))).alias("k1")).agg(expr("datediff(max(next_day(dt, 'TU')), min(next_day(dt, 'TU'))) AS a1"), expr("round(var_pop(zeroifnull(i)), 6) AS a2"), F.round(F.avg(F.try_to_number(col("s"), lit('S999.99'))), 3).alias("a3"))
OUTPUT_MODE = "complete"
