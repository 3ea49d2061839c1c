from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("least((5 * i), datediff(dt, dt), i) AS c1"), F.try_multiply(lit(3.75), col("d")).isin(lit(100.0), lit(3.75), lit(100.0)), expr("least(ts, ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c3")).where(F.coalesce(F.date_format(col("ts"), "yyyy-MM-dd").endswith("é"), lit(True)))
OUTPUT_MODE = "append"
