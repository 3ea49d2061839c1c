from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "posexplode_outer(array_remove(array(CAST(positive(m) AS STRING), 'x'), 'x'))", "CASE WHEN (m IS NOT NULL) THEN nullifzero(m) WHEN (j IS NOT NULL) THEN round(round(abs(m), -1), 3) ELSE m END AS c2", "(id DIV 2)", "flatten(array(array(i, i), array(), array(NULL))) AS c4", "trunc(trunc(dt, 'yy'), 'WEEK')", "ceil(CASE WHEN abs(try_divide((d - d), 1e300D)) < 1e9D THEN try_divide((d - d), 1e300D) END) AS c6").where("(forall(split('日本', ' '), x -> x = 'o') OR (c6 <= 1000L))")
OUTPUT_MODE = "append"
