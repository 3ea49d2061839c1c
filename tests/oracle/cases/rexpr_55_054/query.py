from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, j INT, s STRING, ts TIMESTAMP, d DOUBLE, n DECIMAL(5,3), i INT, m DECIMAL(10,2), b BOOLEAN").json(INPUT)
result = df.filter("coalesce(((dt IS NOT NULL) AND b), true)").select("id", "s", expr("(greatest(ts, TIMESTAMP'1999-12-31 23:59:59.999', ts) - INTERVAL 1 MONTH) AS c1"), expr("ascii(trim(format_number((10 * id), 3))) AS c2"), expr("(i * 0)"), F.least(col("id"), (col("id") - col("id")), col("id")), expr("CASE WHEN (id >= 3L) THEN n WHEN (m = 0.001) THEN n WHEN b THEN m ELSE m END")).where("(s = 'a')")
OUTPUT_MODE = "append"
