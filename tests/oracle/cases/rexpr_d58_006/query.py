from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(i * 3)").alias("c1"), expr("(nullif(id, 86400L) % nullif(char_length(format_string('%d%%', instr('é', 'o'))), 0))").alias("c2"))
OUTPUT_MODE = "append"
