from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(i > 3)").groupBy(expr("months_between(ts, dt) AS k1"), F.last_day(F.to_date(lit("2024-02-29"))).alias("k2")).agg(expr("count_if((CAST(NULL AS BOOLEAN) AND b)) AS a1"), expr("min(t) AS a2"), F.max(F.date_add(col("dt"), col("d"))).alias("a4"), expr("avg((length('') - m)) AS a3"))
OUTPUT_MODE = "update"
