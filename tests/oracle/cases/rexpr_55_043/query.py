from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, f FLOAT, i INT, s STRING, m DECIMAL(7,0), j INT, dt DATE, b BOOLEAN, ts TIMESTAMP").json(INPUT)
df.filter((F.right(col("s"), lit(0)).rlike("^$") | (col("f") == lit(2.0)))).createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN b THEN dt WHEN b THEN dt ELSE dt END AS k1, (make_date(2023, 2, 1) + INTERVAL 1 MONTH) AS k2, sort_array(collect_set(j)) AS a1, (max(f) - min(f)) AS a2 FROM src GROUP BY k1, k2 ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
