from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id INT, s STRING").json(INPUT)
result = df.select(
    "id",
    F.from_csv(col("s"), "a STRING, b STRING, c INT", {"ignoreLeadingWhiteSpace": "true"}).alias("lead"),
    F.from_csv(col("s"), "a STRING, b STRING, c INT", {"ignoreTrailingWhiteSpace": "true"}).alias("trail"),
    expr("from_csv(s, 'a STRING, b STRING, c INT', map('ignoreLeadingWhiteSpace', 'TRUE', 'ignoreTrailingWhiteSpace', 'true'))").alias("both"),
    expr("from_csv(s, 'a STRING, b STRING, c INT', map('ignoreLeadingWhiteSpace', 'false'))").alias("none"),
    expr("from_csv(s, 'a STRING, b STRING, c INT', map('sep', ';', 'ignoreLeadingWhiteSpace', 'true'))").alias("semi"))
OUTPUT_MODE = "append"
