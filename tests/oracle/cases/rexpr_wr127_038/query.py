from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "d", "array_repeat(size(json_object_keys(to_json(named_struct('a', quarter(dt), 'b', format_string('%.2f / %s', d, s))))), -1) AS c1", "ceil(100BD) AS c2").where("(((1 > 7) = true) OR (c2 = 0.001))")
OUTPUT_MODE = "append"
