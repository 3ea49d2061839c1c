from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, j INT, b BOOLEAN, m DECIMAL(7,0), f FLOAT, dt DATE, s STRING, ts TIMESTAMP").json(INPUT)
result = df.filter("(isnan(d) OR (id < 3L))").groupBy(F.trunc(F.add_months(col("dt"), lit(1)), "mon").alias("k1")).agg(expr("sum(CASE WHEN ((s IS NOT NULL) AND (j IS NOT NULL)) THEN i ELSE 0 END) AS a1"), expr("count((id <=> (m / nullif(CAST(NULL AS DECIMAL(10,2)), 0)))) AS a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
