from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, s STRING, ts TIMESTAMP, t STRING, b BOOLEAN, d DOUBLE, j INT, m DECIMAL(10,2), dt DATE").json(INPUT)
result = df.groupBy(expr("format_number(datediff(dt, dt), 3) AS k1")).agg(F.max(F.nvl(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).alias("a1"), expr("count_if(ifnull(b, true)) AS a2"))
OUTPUT_MODE = "update"
