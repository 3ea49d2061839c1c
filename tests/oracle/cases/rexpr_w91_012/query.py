from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(12,4), f FLOAT, ts TIMESTAMP, s STRING, d DOUBLE, b BOOLEAN, j INT, i INT, n DECIMAL(4,1), dt DATE").load(INPUT)
result = df.selectExpr("(ts - INTERVAL -3 DAYS) AS c1", "try_to_timestamp(s) AS c2").filter("coalesce(((dt - INTERVAL 1 MONTH) <=> dt), true)")
OUTPUT_MODE = "append"
