from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, n DECIMAL(5,3), d DOUBLE, m DECIMAL(7,0), i INT, b BOOLEAN, s STRING, dt DATE, f FLOAT, ts TIMESTAMP").load(INPUT)
result = df.where("((b IS NOT TRUE) OR b)").selectExpr("id", "factorial(abs(instr(s, 'é')) % 25)", "array_min(array(bitmap_bucket_number(abs(xpath_int('<a><b>' || i || '</b></a>', 'a/b'))), nullif((1 + i), 0), CAST(NULL AS INT))) AS c2", "transform_keys(map(i, 'x', 100, 'y'), (k, v) -> k + 1) AS c3")
OUTPUT_MODE = "append"
