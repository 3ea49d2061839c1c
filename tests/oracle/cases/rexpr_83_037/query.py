from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce((col("t") == col("s")), lit(True))).select("id", expr("(size(split(s, '-')) - CASE WHEN (f IS NOT NULL) THEN i WHEN (m >= 0.5) THEN i WHEN (f <> 3.75D) THEN i ELSE i END)"), expr("CASE WHEN (NOT (j IS NOT NULL)) THEN i WHEN b THEN weekofyear(dt) WHEN (id = d) THEN char_length(s) ELSE j END")).where((col("i") != lit(3)))
OUTPUT_MODE = "append"
