from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "m", "greatest((dt - INTERVAL 1 MONTH), nullif(dt, DATE'2023-12-31'), element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1)) AS c1", "posexplode(sequence(1, abs(size(map_keys(str_to_map(schema_of_xml('<p><a>1</a><b>x</b><c>2.5</c></p>'), ' ', 'l')))) % 3))", "CASE WHEN (i >= 3) THEN i ELSE j END", "(i * m) AS c4").where("(if((s COLLATE UTF8_BINARY = 'Hello World'), equal_null(i, -1), (i IN (2, 2))) OR (s IS NULL))")
OUTPUT_MODE = "append"
