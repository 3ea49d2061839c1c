from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, dt DATE, f FLOAT, s STRING, j INT, n DECIMAL(5,3), m DECIMAL(10,2), d DOUBLE, i INT, ts TIMESTAMP, b BOOLEAN").load(INPUT)
result = df.groupBy(expr("replace(t, 'l', 'LL') AS k1")).agg(F.sum(F.when(F.array_contains(F.split(F.replace(col("t"), lit("l"), lit("LL")), ","), "o"), F.size(F.split(F.substring(col("t"), 0, 0), "  *"))).otherwise(lit(0))).alias("a1"), expr("count_if((0L IS NULL)) AS a2"), expr("round(avg((length(t) * 1)), 0) AS a3"), expr("count_if((rpad(t, 8, 'é') != s)) AS a4"))
OUTPUT_MODE = "update"
