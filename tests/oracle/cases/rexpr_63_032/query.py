from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("(concat(t, CAST(dt AS STRING)) BETWEEN 'x-y' AND '42') AS k1")).agg(F.count_if(col("b")).alias("a1"), (F.max(col("n")) - F.min(col("n"))).alias("a2"), expr("avg(i) AS a3"), F.sum(F.months_between(F.add_months(col("dt"), col("i")), col("ts"))).alias("a4"))
OUTPUT_MODE = "update"
