from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "array_sort(array(json_array_length(to_json(array(i, 5))), array_max(array(5, i, 3)), NULL, -1)) AS c1", "((i + i) - 3) AS c2", "ifnull((n IS NOT NULL), false) AS c3")
OUTPUT_MODE = "append"
