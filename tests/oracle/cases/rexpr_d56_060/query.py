from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("t") > lit("a")) | col("s").isNull())).selectExpr("id", "round(m, 0)", "greatest(date_sub((ifnull(dt, to_date('2000-01-01')) - INTERVAL '1-1' YEAR TO MONTH), i), trunc(date_add(dt, i), 'mon'), dateadd(dt, i)) AS c2", "from_unixtime((id + i))")
OUTPUT_MODE = "append"
