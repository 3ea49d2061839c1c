from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, dt DATE, m DECIMAL(10,2), b BOOLEAN, j INT, d DOUBLE, i INT, t STRING, s STRING").load(INPUT)
result = df.groupBy(expr("to_date(date_format(last_day(dt), 'yyyy-MM-dd'), 'yyyy-MM-dd') AS k1")).agg(F.avg(col("m")).alias("a1"), expr("sum((m + 12.345)) AS a2"))
OUTPUT_MODE = "complete"
