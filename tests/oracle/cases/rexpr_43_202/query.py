from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((F.date_format(col("dt"), "dd.MM.yy").startswith("o") | (col("m") >= lit(1.25).cast("decimal(3,2)")))).groupBy(expr("date_add(trunc(dt, 'YEAR'), locate('l', s, 1)) AS k1")).agg(F.round(F.avg(F.months_between(col("ts"), col("ts"), False)), 3).alias("a1"), F.round(F.avg(lit(10)), 3).alias("a2"))
OUTPUT_MODE = "update"
