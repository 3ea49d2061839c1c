from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("hex(unhex(s)) AS k1")).agg(expr("median(m) AS a1"), F.round(F.avg(F.rint(col("m"))), 2).alias("a2"), F.count_if(F.current_database().startswith("a")).alias("a3"), expr("(max(round(CASE WHEN b THEN (m % nullif(m, 0)) ELSE m END, 2)) - min(round(CASE WHEN b THEN (m % nullif(m, 0)) ELSE m END, 2))) AS a4"))
OUTPUT_MODE = "update"
