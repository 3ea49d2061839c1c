from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, s STRING, t STRING, j INT, dt DATE, i INT, n DECIMAL(5,3), b BOOLEAN, m DECIMAL(12,4), ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "date_sub(dt, i)", "arrays_zip(array(try_mod(1, i), 2), array(translate(s, 'lo', '01')), array()) AS c2", "width_bucket(xpath_float('<a b=\"' || i || '\"/>', 'a/@b'), -10.0D, 10.0D, 4) AS c3", "CASE WHEN (t IS NOT NULL) THEN ts WHEN b THEN ts ELSE ts END").where("((c3 <> -1) OR (c2 IS NOT NULL))")
OUTPUT_MODE = "append"
