from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("instr(translate(t, 'lo', '01'), ' ') AS k1"), expr("if((dt < to_date('2024-02-29')), d, d) AS k2")).agg(expr("(max(bround(round(m, 2), 0)) - min(bround(round(m, 2), 0))) AS a1"), expr("min(d) AS a2"), F.round(F.avg((col("m") / expr("-4.5"))), 2).alias("a3"), F.max((col("id") / col("i"))).alias("a5"), F.max(F.least(F.nullif((col("id") - col("id")), lit(3).cast("bigint")), F.pmod(col("i"), F.nullif(lit(10), lit(0))).cast("bigint"))).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
