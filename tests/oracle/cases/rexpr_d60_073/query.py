from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, d DOUBLE, i INT, s STRING, dt DATE, m DECIMAL(38,10), j INT, ts TIMESTAMP").load(INPUT)
result = df.where((col("f") > lit(0.001))).selectExpr("id", "d", "unix_timestamp(ts)", "(replace(s, 'l', 'LL') LIKE '%o%') AS c2", "(if((id < 3L), id, 0L) % nullif((i - (i + i)), 0)) AS c3")
OUTPUT_MODE = "append"
