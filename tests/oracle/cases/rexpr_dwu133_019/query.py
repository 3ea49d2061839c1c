from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "transform_keys(map(i, 'x', 100, 'y'), (k, v) -> k + 1) AS c1", "from_xml('<ROW><n><m>' || array_join(array_append(array(to_xml(named_struct('a', i, 'b', t))), char(CAST(i AS BIGINT) + 256)), '+', 'NUL') || '</m></n></ROW>', 'n STRUCT<m: STRING>') AS c2", "regexp_extract_all(rtrim(s), '([a-z])([a-z]+)', 2) AS c3", "vector_normalize(array(3.0F, CAST(ifnull(i, 0) AS FLOAT)), 2.0F)", "(round(m) - unix_date(make_date(2024, 1, 1)) + i) AS c5").filter((lit(10).isNull() | col("c1").isNotNull()))
OUTPUT_MODE = "append"
