from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("date_add(dt, i) AS k1")).agg((F.max(F.size(F.split(F.substring(col("ts").cast("string"), 5, 3), " "))) - F.min(F.size(F.split(F.substring(col("ts").cast("string"), 5, 3), " ")))).alias("a1"), expr("count_if(((dt >= to_date('2025-03-01')) AND b)) AS a2"))
OUTPUT_MODE = "update"
